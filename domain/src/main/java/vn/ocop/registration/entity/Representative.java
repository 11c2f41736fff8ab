package vn.ocop.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The producer's legal representative. Gender and ethnic group matter to the criteria ("woman or
 * ethnic minority" scores in part A), so they are recorded, not inferred.
 */
@Embeddable
public class Representative {

    @Column(name = "representative_name", nullable = false, length = 120)
    private String name;

    @Column(name = "representative_title", length = 120)
    private String title;

    @Column(name = "representative_gender", length = 10)
    private String gender;

    @Column(name = "representative_ethnicity", length = 60)
    private String ethnicity;

    protected Representative() {
    }

    public Representative(String name, String title, String gender, String ethnicity) {
        this.name = name;
        this.title = title;
        this.gender = gender;
        this.ethnicity = ethnicity;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getGender() {
        return gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    @Override
    public String toString() {
        return name + (title == null ? "" : " (" + title + ")");
    }
}
