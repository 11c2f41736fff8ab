package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;

/** A producer as lists and the API show it. */
public record ProducerView(Long id, String name, ProducerType type, String taxCode, Long communeId, String communeCode,
                           String communeName, String address, String representative, ProducerStatus status, long version) implements Serializable {

    static ProducerView of(Producer p) {
        return new ProducerView(p.getId(), p.getName(), p.getType(), p.getTaxCode(), p.getCommune().getId(),
                p.getCommune().getCode(), p.getCommune().getName(), p.getAddress(), p.getRepresentative().getName(),
                p.getStatus(), p.getVersion());
    }
}
