/**
 * Administrative units (province or centrally governed city, district, commune, ward, town) with
 * their official codes, their validity in time and the successor links of a reorganisation, so
 * that history survives a merger; and the People's Committees the portal serves (issuing bodies: the
 * City, a former district whose records it keeps, the communes) with their printed texts, their
 * validity and their roles under each regime, and the one the server runs for ({@code ocop.body}).
 * Every capability that prints may read them. Depends only on {@code vn.ocop.shared}.
 */
package vn.ocop.geography;
