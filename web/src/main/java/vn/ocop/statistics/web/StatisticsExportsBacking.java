package vn.ocop.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.statistics.boundary.Statistics;
import vn.ocop.statistics.control.Period;

import java.io.Serializable;

/** The statistics page's downloads: the report (PDF) and the workbook of the period chosen on the page. */
@Named
@ViewScoped
public class StatisticsExportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Statistics statistics;

    @Inject
    StatisticsBacking page;

    public void printReport() {
        Period period = page.period();
        Downloads.send(Texts.get("statistics.reportFileName", span(period)), "application/pdf", statistics.pdf(period));
    }

    public void downloadWorkbook() {
        Period period = page.period();
        Downloads.send(Texts.get("statistics.workbookFileName", span(period)), Downloads.XLSX, statistics.workbook(period));
    }

    private static String span(Period period) {
        return period.year() != null ? period.year().toString() : period.from() + "_" + period.to();
    }
}
