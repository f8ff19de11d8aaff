package io.casebook.connectors.servicenow;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.casebook.connector.spi.PushFailedException;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The JWT a ServiceNow JWT-bearer grant is made with, signed as Kibana's {@code create_jwt_assertion.ts} signs
 * it: RS256, {@code kid} = the JWT verifier map's key id, issuer and audience the OAuth client id, subject the
 * ServiceNow user, valid one hour.
 */
final class JwtAssertion {

    /** Kibana's lifetime; ServiceNow only needs it valid while the token request is in flight. */
    static final Duration LIFETIME = Duration.ofHours(1);

    private JwtAssertion() {
    }

    static String sign(PrivateKey key, String keyId, String clientId, String subject, Instant now) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build();
        // JWT times are whole seconds; truncating keeps iat/exp exactly one LIFETIME apart on the wire.
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .audience(clientId)
                .issuer(clientId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException | IllegalArgumentException e) {
            throw new PushFailedException("[Action][ServiceNow]: Unable to generate JWT token. Error: "
                    + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
