package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerManager;
import vn.ocop.registration.entity.ProducerType;

import java.time.LocalDate;
import java.util.List;

/** Everything the producer page shows about one producer, read in one transaction. */
public record ProducerDetails(ProducerView summary, LocalDate registeredOn, String representativeTitle,
                              String representativeGender, String representativeEthnicity, String phone, String email,
                              Integer members, Integer workers, List<Manager> managers, List<LegalForm> legalForms) implements Serializable {

    public record Manager(Long id, String name, String position, String phone, String email) implements Serializable {
    }

    public record LegalForm(ProducerType formerType, ProducerType newType, LocalDate changedOn, String note) implements Serializable {
    }

    static ProducerDetails of(Producer p) {
        return new ProducerDetails(ProducerView.of(p), p.getRegisteredOn(), p.getRepresentative().getTitle(),
                p.getRepresentative().getGender(), p.getRepresentative().getEthnicity(), p.getPhone(), p.getEmail(),
                p.getMembers(), p.getWorkers(), p.getManagers().stream().map(ProducerDetails::manager).toList(),
                p.getLegalForms().stream().map(f -> new LegalForm(f.getFormerType(), f.getNewType(), f.getChangedOn(),
                        f.getNote())).toList());
    }

    private static Manager manager(ProducerManager m) {
        return new Manager(m.getId(), m.getName(), m.getPosition(), m.getPhone(), m.getEmail());
    }

    /** A form holding the current values, for editing. */
    public ProducerForm form() {
        ProducerForm form = new ProducerForm();
        form.setName(summary.name());
        form.setType(summary.type());
        form.setTaxCode(summary.taxCode());
        form.setRegisteredOn(registeredOn);
        form.setCommuneId(summary.communeId());
        form.setAddress(summary.address());
        form.setRepresentativeName(summary.representative());
        form.setRepresentativeTitle(representativeTitle);
        form.setRepresentativeGender(representativeGender);
        form.setRepresentativeEthnicity(representativeEthnicity);
        form.setPhone(phone);
        form.setEmail(email);
        form.setMembers(members);
        form.setWorkers(workers);
        return form;
    }
}
