package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.registration.boundary.SupportView;
import vn.ocop.registration.boundary.Supports;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a producer received, for the fragment {@code /WEB-INF/includes/registration/producer-supports.xhtml}
 * that the producer page includes. Read once per producer and view.
 */
@Named
@ViewScoped
public class ProducerSupports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supports supports;

    private final Map<Long, List<SupportView>> received = new HashMap<>();

    public List<SupportView> of(Long producerId) {
        return producerId == null ? List.of() : received.computeIfAbsent(producerId, supports::ofProducer);
    }

    public long totalOf(Long producerId) {
        return of(producerId).stream().mapToLong(SupportView::amountVnd).sum();
    }
}
