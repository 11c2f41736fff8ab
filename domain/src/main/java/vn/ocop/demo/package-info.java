/**
 * Demonstration data for the Quick start: loaded through the boundaries (the same rules as a
 * user) on the first start of a server whose system property {@code ocop.demo} is {@code true},
 * and never otherwise. Production servers never set that property.
 */
package vn.ocop.demo;
