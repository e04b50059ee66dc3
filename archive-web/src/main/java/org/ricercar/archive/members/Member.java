package org.ricercar.archive.members;

import java.util.List;

/**
 * A person with an account.
 *
 * @param id the identity provider's id for them
 * @param username their sign-in name
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail address
 * @param enabled whether they can sign in
 * @param roles the Ricercar roles they hold
 */
public record Member(
    String id,
    String username,
    String firstName,
    String lastName,
    String email,
    boolean enabled,
    List<String> roles) {}
