package vn.ocop.geography.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.UserSession;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Browses the administrative units, their validity and successors; prints the list. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Geography geography;

    @Inject
    UserSession session;

    private List<UnitView> units;
    private boolean onlyCurrent;

    @PostConstruct
    void init() {
        units = geography.units();
    }

    public List<UnitView> getUnits() {
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        return onlyCurrent ? units.stream().filter(u -> u.isValidOn(today)).toList() : units;
    }

    public boolean isCurrent(UnitView unit) {
        return unit.isValidOn(LocalDate.now(Clocks.VIETNAM));
    }

    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder()
                .name("don-vi-hanh-chinh.pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(
                        geography.unitListPdf(session.getCaller().name())))
                .build();
    }

    public boolean isOnlyCurrent() {
        return onlyCurrent;
    }

    public void setOnlyCurrent(boolean onlyCurrent) {
        this.onlyCurrent = onlyCurrent;
    }

    /** The name column's filter: diacritics, "đ" and case ignored ("dan phuong" finds "Xã Đan Phượng"). */
    public boolean nameMatches(Object value, Object filter, java.util.Locale locale) {
        String key = vn.ocop.shared.control.VietnameseText.searchKey(filter == null ? null : filter.toString());
        return key.isEmpty() || vn.ocop.shared.control.VietnameseText.searchKey(value == null ? null : value.toString()).contains(key);
    }
}
