package vn.ocop.registration.control;

import vn.ocop.registration.entity.ProducerType;

import java.io.Serializable;
import java.util.List;

/**
 * What an uploaded workbook would import, row by row, and every error found in it. It imports
 * only when there is no error, and then all its rows.
 */
public record ImportPreview(List<ProducerLine> producers, List<ProductLine> products, List<ImportProblem> problems)
        implements Serializable {

    public ImportPreview {
        producers = List.copyOf(producers);
        products = List.copyOf(products);
        problems = List.copyOf(problems);
    }

    /** A row of the sheet "Chủ thể" as read (the type when it is known, the commune's name when found). */
    public record ProducerLine(int row, String name, ProducerType type, String typeText, String taxCode,
                               String commune, String representative) implements Serializable {
    }

    /** A row of the sheet "Sản phẩm" as read (the product set's name when found). */
    public record ProductLine(int row, String producerTaxCode, String name, String productSetCode, String productSet)
            implements Serializable {
    }

    public boolean valid() {
        return problems.isEmpty() && rows() > 0;
    }

    public int rows() {
        return producers.size() + products.size();
    }
}
