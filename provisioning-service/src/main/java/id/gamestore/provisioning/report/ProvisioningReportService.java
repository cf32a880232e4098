package id.gamestore.provisioning.report;

import static id.gamestore.support.database.Timestamps.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.report.ProvisioningReport.Compensations;
import id.gamestore.provisioning.report.ProvisioningReport.Day;
import id.gamestore.provisioning.report.ProvisioningReport.Failure;
import id.gamestore.provisioning.report.ProvisioningReport.PackageFigures;
import id.gamestore.provisioning.report.ProvisioningReport.StepDurations;
import id.gamestore.provisioning.report.ProvisioningReport.Totals;
import id.gamestore.support.report.ReportMath.Durations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import id.gamestore.support.report.ReportMath;
import id.gamestore.support.report.ReportRange;

/**
 * Builds the provisioning report from the job table and its step log. The cohort is the jobs created in the range:
 * a job is created when this service receives the order's {@code order.confirmed}, so its {@code created_at} is the
 * confirmation as received (confirm -> COMPLETED runs from it to the job's {@code finished_at}).
 */
@ApplicationScoped
public class ProvisioningReportService {
    /** The most failed jobs listed one by one. */
    static final int FAILURES_LISTED = 20;
    private static final int DETAIL_MAX = 500;
    private static final Set<String> SAGA_STEPS = Set.of(JobStep.ENSURE_USER.name(), JobStep.PLACE.name(),
            JobStep.CREATE_SERVER.name(), JobStep.WAIT_INSTALL.name(), JobStep.CONFIGURE.name(), JobStep.START.name(),
            JobStep.LOGIN.name());

    private final EntityManager em;

    public ProvisioningReportService(EntityManager em) {
        this.em = em;
    }

    /** One job of the cohort. */
    record Job(UUID id, String orderId, String packageCode, JobState state, String reason, String failedStep,
            String detail, Instant createdAt, Instant finishedAt) {
        boolean completed() {
            return state == JobState.COMPLETED;
        }

        boolean failed() {
            return state == JobState.FAILED || state == JobState.COMPENSATION_FAILED;
        }

        boolean running() {
            return !completed() && !failed();
        }
    }

    /** One line of a cohort job's step log. */
    record LogLine(UUID jobId, String step, String outcome, long durationMs) {
    }

    @Transactional
    public ProvisioningReport report(ReportRange range) {
        List<Job> jobs = jobs(range);
        List<LogLine> log = log(range);
        List<Job> failed = jobs.stream().filter(Job::failed).toList();
        return new ProvisioningReport(range, totals(jobs),
                ReportMath.named(count(failed, j -> orUnknown(j.reason()))),
                ReportMath.named(count(failed, j -> orUnknown(j.failedStep()))),
                Durations.of(jobs.stream().filter(j -> j.completed() && j.finishedAt() != null)
                        .map(j -> j.finishedAt().toEpochMilli() - j.createdAt().toEpochMilli()).toList()),
                steps(log), compensations(jobs, log),
                log.stream().filter(l -> "RETRY".equals(l.outcome()) && SAGA_STEPS.contains(l.step())).count(),
                packages(jobs), daily(range, jobs), failures(failed), failed.size());
    }

    private static Totals totals(List<Job> jobs) {
        long completed = jobs.stream().filter(Job::completed).count();
        long failed = jobs.stream().filter(Job::failed).count();
        return new Totals(jobs.size(), completed, failed, jobs.size() - completed - failed,
                ReportMath.rate(completed, completed + failed));
    }

    /** Per saga step that ran, in saga order: the durations of its successful runs (DONE). */
    private static List<StepDurations> steps(List<LogLine> log) {
        Map<String, List<Long>> byStep = new HashMap<>();
        log.stream().filter(l -> "DONE".equals(l.outcome()) && SAGA_STEPS.contains(l.step()))
                .forEach(l -> byStep.computeIfAbsent(l.step(), s -> new ArrayList<>()).add(l.durationMs()));
        List<StepDurations> steps = new ArrayList<>();
        for (JobStep step : JobStep.values()) {
            List<Long> durations = byStep.get(step.name());
            if (durations != null) {
                Durations d = Durations.of(durations);
                steps.add(new StepDurations(step.name(), d.count(), d.p50Ms(), d.p95Ms(), d.maxMs()));
            }
        }
        return steps;
    }

    /**
     * A job compensated when its log shows a compensation run, or it is compensating or its compensation failed now.
     * A FAILED job alone is not enough: an admin's cancel of a job on hold ends it FAILED with nothing to undo.
     */
    private static Compensations compensations(List<Job> jobs, List<LogLine> log) {
        Set<UUID> compensated = new java.util.HashSet<>();
        log.stream().filter(l -> "COMPENSATE".equals(l.step())).forEach(l -> compensated.add(l.jobId()));
        jobs.stream().filter(j -> j.state() == JobState.COMPENSATING || j.state() == JobState.COMPENSATION_FAILED)
                .forEach(j -> compensated.add(j.id()));
        long failed = jobs.stream().filter(j -> j.state() == JobState.COMPENSATION_FAILED).count();
        return new Compensations(compensated.size(), failed);
    }

    private static List<PackageFigures> packages(List<Job> jobs) {
        Map<String, List<Job>> byPackage = new TreeMap<>();
        jobs.forEach(j -> byPackage.computeIfAbsent(orUnknown(j.packageCode()), p -> new ArrayList<>()).add(j));
        return byPackage.entrySet().stream().map(e -> {
            Totals t = totals(e.getValue());
            return new PackageFigures(e.getKey(), t.confirmed(), t.completed(), t.failed(), t.running(),
                    t.successRate());
        }).sorted(Comparator.comparingLong(PackageFigures::confirmed).reversed()
                .thenComparing(PackageFigures::packageCode)).toList();
    }

    private static List<Day> daily(ReportRange range, List<Job> jobs) {
        Map<LocalDate, List<Job>> byDay = new LinkedHashMap<>();
        range.days().forEach(d -> byDay.put(d, new ArrayList<>()));
        jobs.forEach(j -> byDay.get(range.dayOf(j.createdAt())).add(j));
        return byDay.entrySet().stream().map(e -> {
            Totals t = totals(e.getValue());
            return new Day(e.getKey(), t.confirmed(), t.completed(), t.failed(), t.successRate());
        }).toList();
    }

    /** The failed jobs, the last to fail first, at most {@link #FAILURES_LISTED}. */
    private static List<Failure> failures(List<Job> failed) {
        return failed.stream()
                .sorted(Comparator.comparing(ProvisioningReportService::failedAt, Comparator.reverseOrder())
                        .thenComparing(Job::orderId))
                .limit(FAILURES_LISTED)
                .map(j -> new Failure(j.orderId(), j.packageCode(), j.reason(), j.failedStep(), shorten(j.detail()),
                        failedAt(j)))
                .toList();
    }

    private static Instant failedAt(Job j) {
        return j.finishedAt() != null ? j.finishedAt() : j.createdAt();
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 3) + "...";
    }

    private static String orUnknown(String name) {
        return name == null || name.isBlank() ? "UNKNOWN" : name;
    }

    private static Map<String, Long> count(List<Job> jobs, java.util.function.Function<Job, String> key) {
        Map<String, Long> counts = new HashMap<>();
        jobs.forEach(j -> counts.merge(key.apply(j), 1L, Long::sum));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Job> jobs(ReportRange range) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, order_id, cast(package_json as json) ->> 'code', state, failure_reason, failed_step,
                       failure_detail, created_at, finished_at
                  from provisioning_job where created_at >= ?1 and created_at < ?2""")
                .setParameter(1, range.start()).setParameter(2, range.end()).getResultList();
        return rows.stream().map(r -> new Job((UUID) r[0], (String) r[1], (String) r[2],
                JobState.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6], instant(r[7]),
                instant(r[8]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<LogLine> log(ReportRange range) {
        List<Object[]> rows = em.createNativeQuery("""
                select l.job_id, l.step, l.outcome, l.duration_ms
                  from job_step_log l join provisioning_job j on j.id = l.job_id
                 where j.created_at >= ?1 and j.created_at < ?2""")
                .setParameter(1, range.start()).setParameter(2, range.end()).getResultList();
        return rows.stream().map(r -> new LogLine((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }
}
