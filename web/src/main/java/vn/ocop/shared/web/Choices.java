package vn.ocop.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.SigningMode;
import vn.ocop.identity.entity.Role;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.RegistrationType;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Outcome;
import vn.ocop.training.entity.Topic;

import java.util.List;

/**
 * The fixed choices the forms offer, in one place ({@code #{choices.audiences}}): each a list of an
 * enumeration's values, labelled on the page by the bundle key {@code EnumName.VALUE}.
 */
@Named
@ApplicationScoped
public class Choices {

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<Delivery> getDeliveries() {
        return List.of(Delivery.values());
    }

    public List<FundingSource> getFundingSources() {
        return List.of(FundingSource.values());
    }

    public List<AttendanceStatus> getAttendanceStatuses() {
        return List.of(AttendanceStatus.values());
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public List<ProducerType> getProducerTypes() {
        return List.of(ProducerType.values());
    }

    public List<RegistrationType> getRegistrationTypes() {
        return List.of(RegistrationType.values());
    }

    public List<MemberRole> getMemberRoles() {
        return List.of(MemberRole.values());
    }

    /** The rules by which a council may meet a star mark, the default first. */
    public List<GateRule> getGateRules() {
        return List.of(GateRule.MAJORITY, GateRule.MEAN, GateRule.UNANIMOUS);
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<SigningMode> getSigningModes() {
        return List.of(SigningMode.values());
    }

    public List<CertificateStatus> getCertificateStatuses() {
        return List.of(CertificateStatus.values());
    }
}
