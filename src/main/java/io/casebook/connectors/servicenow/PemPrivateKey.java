package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.PushFailedException;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connector's {@code privateKey} secret: a PEM PKCS#8 RSA key, plain ({@code BEGIN PRIVATE KEY}) or
 * encrypted with {@code privateKeyPassword} ({@code BEGIN ENCRYPTED PRIVATE KEY}, as {@code openssl pkcs8
 * -topk8} writes it). The JDK reads both; PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) would need BouncyCastle, so it
 * is refused with the command that converts it.
 */
final class PemPrivateKey {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private PemPrivateKey() {
    }

    static PrivateKey read(String pem, String password) {
        Matcher m = PEM.matcher(pem == null ? "" : pem);
        if (!m.find()) {
            throw unusable("privateKey is not a PEM block");
        }
        String label = m.group(1);
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        try {
            return switch (label) {
                case "PRIVATE KEY" -> rsa(new PKCS8EncodedKeySpec(der));
                case "ENCRYPTED PRIVATE KEY" -> rsa(decrypt(der, password));
                default -> throw unusable("a " + label + " is not supported; convert it to PKCS#8 with "
                        + "openssl pkcs8 -topk8 -in key.pem");
            };
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw unusable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static PKCS8EncodedKeySpec decrypt(byte[] der, String password)
            throws GeneralSecurityException, java.io.IOException {
        if (password == null || password.isEmpty()) {
            throw unusable("the private key is encrypted and privateKeyPassword is not set");
        }
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
        // For PBES2 (OpenSSL's default) the JDK names the real scheme only in the parameters'
        // toString(), e.g. PBEWithHmacSHA256AndAES_256; PBES1 schemes are named by getAlgName() itself.
        String algorithm = "PBES2".equals(info.getAlgName()) || info.getAlgName().startsWith("1.2.840.113549.1.5.13")
                ? info.getAlgParameters().toString() : info.getAlgName();
        SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(password.toCharArray())),
                info.getAlgParameters());
        try {
            return info.getKeySpec(cipher);
        } catch (java.security.spec.InvalidKeySpecException e) {
            throw unusable("privateKeyPassword does not decrypt the private key");
        }
    }

    private static PrivateKey rsa(PKCS8EncodedKeySpec spec) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(spec);
    }

    /** Kibana's wording for a key it cannot sign with ({@code create_jwt_assertion.ts}). */
    private static PushFailedException unusable(String reason) {
        return new PushFailedException("[Action][ServiceNow]: Unable to generate JWT token. Error: " + reason);
    }
}
