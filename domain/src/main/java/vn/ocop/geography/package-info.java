/**
 * Administrative units (province or centrally governed city, district, commune, ward, town) with
 * their official codes, their validity in time and the successor links of a reorganisation, so
 * that history survives a merger. Depends only on {@code vn.ocop.shared}.
 */
package vn.ocop.geography;
