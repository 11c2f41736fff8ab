package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.ProducerType;

import java.time.LocalDate;

/** What a user types to register a producer; the entity checks every rule. */
public class ProducerForm implements Serializable {

    private String name;
    private ProducerType type;
    private String taxCode;
    private LocalDate registeredOn;
    private Long communeId;
    private String address;
    private String representativeName;
    private String representativeTitle;
    private String representativeGender;
    private String representativeEthnicity;
    private String phone;
    private String email;
    private Integer members;
    private Integer workers;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ProducerType getType() { return type; }
    public void setType(ProducerType type) { this.type = type; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
    public String getRepresentativeTitle() { return representativeTitle; }
    public void setRepresentativeTitle(String representativeTitle) { this.representativeTitle = representativeTitle; }
    public String getRepresentativeGender() { return representativeGender; }
    public void setRepresentativeGender(String representativeGender) { this.representativeGender = representativeGender; }
    public String getRepresentativeEthnicity() { return representativeEthnicity; }
    public void setRepresentativeEthnicity(String representativeEthnicity) { this.representativeEthnicity = representativeEthnicity; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Integer getMembers() { return members; }
    public void setMembers(Integer members) { this.members = members; }
    public Integer getWorkers() { return workers; }
    public void setWorkers(Integer workers) { this.workers = workers; }
}
