package org.ricercar.archive.http;

/**
 * What is wrong with one field of a request.
 *
 * @param field the field's path, e.g. {@code title} or {@code composerIds[1]}
 * @param message what to do about it
 */
public record FieldError(String field, String message) {}
