package org.loyaltyhub.application.port.in;

import java.util.Optional;

/** Checks a Basic login: the username and the secret the client sent ({@code md5hex(password)}). */
public interface AuthenticateApiUserUseCase {
    /** The caller, or empty for an unknown user or a wrong secret (the two are not told apart). */
    Optional<ApiCaller> authenticate(String username, String secret);
}
