package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.Prescreen;
import vn.ocop.registration.entity.PrescreenItem;
import vn.ocop.registration.entity.PrescreenOutcome;

import java.time.LocalDate;
import java.util.List;

/**
 * A product's pre-screen as the product page and the API show it: whether the dossier needs one and by which commune's
 * People's Committee, whether one can be recorded now, the checklist in force, and the pre-screens of its submissions
 * (latest first). The items' notes for administrators are not part of it.
 */
public record PrescreenView(long productId, long productVersion, boolean required, String bodyCode, String bodyNameVi,
                            String bodyNameEn, boolean open, List<Item> items, List<Record> prescreens) implements Serializable {

    /** One item of the checklist. */
    public record Item(long id, String code, String textVi, String textEn, String legalSource, boolean mandatory) implements Serializable {

        static Item of(PrescreenItem i) {
            return new Item(i.getId(), i.getCode(), i.getTextVi(), i.getTextEn(), i.getLegalSource(), i.isMandatory());
        }
    }

    /** One item's result in a pre-screen. */
    public record Result(long itemId, String code, String textVi, String textEn, ItemResult result) implements Serializable {
    }

    /** One pre-screen. */
    public record Record(long id, PrescreenOutcome outcome, String officer, LocalDate screenedOn, String bodyCode,
                         String remarks, String reasons, List<Result> results) implements Serializable {

        static Record of(Prescreen p) {
            return new Record(p.getId(), p.getOutcome(), p.getOfficer(), p.getScreenedOn(), p.getBody().getCode(), p.getRemarks(),
                    p.getReasons(), p.getResults().stream().map(r -> new Result(r.getItem().getId(), r.getItem().getCode(),
                            r.getItem().getTextVi(), r.getItem().getTextEn(), r.getResult())).toList());
        }
    }
}
