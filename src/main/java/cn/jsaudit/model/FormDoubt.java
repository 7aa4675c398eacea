package cn.jsaudit.model;

/**
 * A form that was found but could not be read well enough to check its weights and scores: what was read and
 * what was not found. The form's sum rules stay silent for it; one finding says so instead.
 *
 * @param form     the form id
 * @param message  what was read and what is missing, in Chinese
 * @param location the form's title cell
 */
public record FormDoubt(String form, String message, Location location) {
}
