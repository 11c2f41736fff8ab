package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An official document of the People's Committee in the Decree 30/2020 layout: a decision (recognition of
 * OCOP products, revocation) or a notice. A4 portrait; the header of the issuing body and the national name;
 * the number and the place and date; the type and its summary; the authority line and the legal bases of a
 * decision; the articles (or paragraphs of a notice); the recipients beside the signature block; and an
 * annex table of the products, grouped (e.g. by star class), on a page of its own. Page numbers from page 2.
 *
 * @param issuingBodyLine1 e.g. "ỦY BAN NHÂN DÂN"
 * @param issuingBodyLine2 e.g. "HUYỆN ĐAN PHƯỢNG", bold
 * @param numberLine       e.g. "Số: 123/QĐ-UBND"; a draft prints "Số:      /QĐ-UBND"
 * @param place            e.g. "Đan Phượng"
 * @param date             the signing date; null (a draft) prints "ngày … tháng … năm …"
 * @param draft            prints "DỰ THẢO" above the header
 * @param type             "QUYẾT ĐỊNH", "THÔNG BÁO"
 * @param summary          the summary line(s) under the type, e.g. "Về việc công nhận …"
 * @param authority        e.g. "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG"; null for a notice
 * @param bases            the legal bases, one per paragraph ("Căn cứ …;"), the last "Theo đề nghị của …."
 * @param articles         the articles ("Điều 1.", text) or, with a null heading, plain paragraphs
 * @param recipients       the entries of "Nơi nhận:", each printed after "- "
 * @param signature        the lines above the signature, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
 * @param signer           the signer's name, or null while unknown
 * @param annex            the annex table, or null
 */
public record DecisionDocument(
        String issuingBodyLine1,
        String issuingBodyLine2,
        String numberLine,
        String place,
        LocalDate date,
        boolean draft,
        String type,
        List<String> summary,
        String authority,
        List<String> bases,
        List<Article> articles,
        List<String> recipients,
        List<String> signature,
        String signer,
        Annex annex) {

    public DecisionDocument {
        Objects.requireNonNull(type, "type");
        summary = List.copyOf(summary);
        bases = List.copyOf(bases);
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
        signature = List.copyOf(signature);
    }

    /** An article ("Điều 1.") or, with a null heading, a paragraph. */
    public record Article(String heading, String text) {
    }

    /**
     * The annex: "Phụ lục", its title, the line "(Kèm theo Quyết định số … ngày … của …)", and the rows in groups.
     */
    public record Annex(String title, String subtitle, List<Group> groups) {
        public Annex {
            groups = List.copyOf(groups);
        }
    }

    /** A group of rows under a heading row, e.g. "I. SẢN PHẨM ĐẠT 3 SAO". */
    public record Group(String heading, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One product of the annex; strings come formatted.
     *
     * @param no         STT, numbered across the groups
     * @param product    product name
     * @param producer   producer (chủ thể)
     * @param address    the producer's address
     * @param productSet product set (nhóm/bộ sản phẩm)
     * @param score      the council's mean, e.g. "72,43"
     * @param stars      the class, e.g. "4 sao"
     * @param note       first time, re-evaluation, upgrade, or revocation grounds
     */
    public record Row(int no, String product, String producer, String address, String productSet, String score,
                      String stars, String note) {
    }
}
