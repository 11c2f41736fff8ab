package vn.ocop.it;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.ProducerType;

/**
 * The registration tests' own producers and products, created through the Registrations boundary
 * (run as the district office) when the test deployment starts: one producer in thị trấn Phùng
 * (the commune of it-commune), one in xã Tân Hội.
 */
@Singleton
@Startup
@RunAs("OFFICER")
public class TestRegistrations {

    public static final long TAN_HOI = 21L;

    @Inject
    Producers producerRegistrations;

    @Inject
    Products productRegistrations;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig("test-registrations", false));
    }

    @Timeout
    void create() {
        if (producerRegistrations.producers(new ProducerFilter("it-", null, null, null), 0, 1).total() > 0) {
            return;
        }
        ProducerView phung = producer("HTX it-Nông nghiệp Phùng", ProducerType.COOPERATIVE, "0100109106", TestAccounts.THI_TRAN_PHUNG);
        ProducerView tanHoi = producer("Tổ hợp tác it-Rau sạch Tân Hội", ProducerType.COOPERATIVE_GROUP, "01F8012345", TAN_HOI);
        productRegistrations.registerProduct(phung.id(), 7, "Bánh it-Phùng");
        productRegistrations.registerProduct(tanHoi.id(), 1, "Rau it-cải ngọt Tân Hội");
    }

    private ProducerView producer(String name, ProducerType type, String taxCode, long commune) {
        ProducerForm form = new ProducerForm();
        form.setName(name);
        form.setType(type);
        form.setTaxCode(taxCode);
        form.setCommuneId(commune);
        form.setAddress("Thôn 1");
        form.setRepresentativeName("Nguyễn Văn Một");
        return producerRegistrations.registerProducer(form);
    }
}
