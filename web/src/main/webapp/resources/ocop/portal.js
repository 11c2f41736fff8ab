/*
 * The search key of the pickers and filters, as the server's VietnameseText.searchKey: no diacritics, "đ" as "d",
 * lower case, single spaces; "dan" finds "Đan Phượng", "o dien" finds "Ô Diên".
 */
function ocopSearchKey(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
        .toLowerCase().replace(/\s+/g, ' ').trim();
}

/* The filterFunction of the unit pickers (PrimeFaces filterMatchMode="custom"). */
function ocopUnitMatch(label, filter) {
    return ocopSearchKey(label).indexOf(ocopSearchKey(filter)) !== -1;
}
