package io.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the numbers were measured on: cores, memory, CPU model, Java, and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus (nproc)", Runtime.getRuntime().availableProcessors());
        m.put("cpu model", firstValue("/proc/cpuinfo", "model name"));
        m.put("memory", firstValue("/proc/meminfo", "MemTotal"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine skews every absolute figure. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Resident memory of a process in MiB, from {@code VmRSS} in /proc/<pid>/status. */
    static double rssMiB(long pid) {
        String kb = firstValue("/proc/" + pid + "/status", "VmRSS");
        try {
            return Long.parseLong(kb.replace("kB", "").trim()) / 1024.0;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String firstValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }
}
