package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.UserSession;
import vn.ocop.training.boundary.CourseFilter;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.CourseView;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.entity.Audience;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The courses: filtered by year, audience and text, sorted by column; the office opens new ones. */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    @Inject
    UserSession session;

    private Integer year;
    private Audience audience;
    private String text;
    private CourseForm form = new CourseForm();
    private final PagedList<CourseView> list = new PagedList<>(
            (sort, first, size) -> courses.list(new CourseFilter(year, audience, text), sort, first, size), CourseView::id);

    public void search() {
        // the table reloads with the new filter
    }

    public void startCreate() {
        form = new CourseForm();
    }

    public void create() throws IOException {
        CourseView created = courses.create(form);
        PrimeFaces.current().executeScript("PF('courseDialog').hide()");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .redirect("course.xhtml?id=" + created.id());
    }

    public boolean isCanEdit() {
        return session.hasRole("OFFICER");
    }

    public List<Integer> getYears() {
        return courses.years();
    }

    public PagedList<CourseView> getList() {
        return list;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public CourseForm getForm() { return form; }
}
