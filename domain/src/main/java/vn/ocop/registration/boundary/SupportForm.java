package vn.ocop.registration.boundary;

import vn.ocop.registration.entity.FundingSource;

import java.io.Serializable;
import java.time.LocalDate;

/** What a user types to record or correct a support; the entity checks every rule. */
public class SupportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long producerId;
    private Long productId;
    private Long typeId;
    private LocalDate grantedOn;
    private Long amountVnd;
    private FundingSource fundingSource;
    private String referenceNumber;
    private String note;

    /** The form of a recorded support, to correct it. */
    public static SupportForm of(SupportView support) {
        SupportForm form = new SupportForm();
        form.producerId = support.producerId();
        form.productId = support.productId();
        form.typeId = support.typeId();
        form.grantedOn = support.grantedOn();
        form.amountVnd = support.amountVnd();
        form.fundingSource = support.fundingSource();
        form.referenceNumber = support.referenceNumber();
        form.note = support.note();
        return form;
    }

    public Long getProducerId() { return producerId; }
    public void setProducerId(Long producerId) { this.producerId = producerId; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public LocalDate getGrantedOn() { return grantedOn; }
    public void setGrantedOn(LocalDate grantedOn) { this.grantedOn = grantedOn; }
    public Long getAmountVnd() { return amountVnd; }
    public void setAmountVnd(Long amountVnd) { this.amountVnd = amountVnd; }
    public FundingSource getFundingSource() { return fundingSource; }
    public void setFundingSource(FundingSource fundingSource) { this.fundingSource = fundingSource; }
    public String getReferenceNumber() { return referenceNumber; }
    public void setReferenceNumber(String referenceNumber) { this.referenceNumber = referenceNumber; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
