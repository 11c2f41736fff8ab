package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.training.boundary.TrainingRecords;
import vn.ocop.training.boundary.ManagerTraining;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training of a producer's managers, for the fragment
 * {@code /WEB-INF/includes/training/producer-training.xhtml} that the producer page includes.
 */
@Named
@ViewScoped
public class ProducerTraining implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    private final Map<Long, List<ManagerTraining>> read = new HashMap<>();

    public List<ManagerTraining> of(Long producerId) {
        return producerId == null ? List.of() : read.computeIfAbsent(producerId, records::ofProducer);
    }

    /** Course codes, comma separated; a dash for none. */
    public String codes(List<String> codes) {
        return codes == null || codes.isEmpty() ? "—" : String.join(", ", codes);
    }
}
