package vn.ocop.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A job that runs once a day for the whole portal, whatever the number of servers: the day it last ran, and which
 * server ran it when. Claimed only by a transaction that holds the row locked (pessimistic write).
 */
@Entity
@Table(name = "scheduled_job")
public class ScheduledJob {

    @Id
    @Column(name = "job_name", length = 40)
    private String name;

    @Column(name = "last_run")
    private LocalDate lastRun;

    @Column(name = "last_by", length = 120)
    private String lastBy;

    @Column(name = "last_at")
    private LocalDateTime lastAt;

    protected ScheduledJob() {
    }

    public ScheduledJob(String name) {
        this.name = name;
    }

    /** Takes the day's run for {@code server} unless it is done already (by this server or another); answers whether. */
    public boolean claim(LocalDate day, String server, LocalDateTime now) {
        if (lastRun != null && !lastRun.isBefore(day)) {
            return false;
        }
        lastRun = day;
        lastBy = server;
        lastAt = now;
        return true;
    }

    public LocalDate getLastRun() {
        return lastRun;
    }

    public String getLastBy() {
        return lastBy;
    }
}
