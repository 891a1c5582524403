package org.mentorship.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code mentorship_job_runs_total{task,outcome}}: every run of a scheduled job, {@code outcome} succeeded or failed
 * (it threw), from the scheduler's own events, so no job has to count itself. {@code task} (not {@code job}, Prometheus' target label) is
 * {@code <class>#<method>} of the {@code @Scheduled} method, e.g. {@code MailSender#scheduled}. A run that found
 * another replica holding its cluster lock succeeded (it had nothing to do).
 */
@ApplicationScoped
public class JobMetrics {

    public static final String RUNS = "mentorship.job.runs";

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void succeeded(@Observes SuccessfulExecution event) {
        count(event.getExecution(), "succeeded");
    }

    void failed(@Observes FailedExecution event) {
        count(event.getExecution(), "failed");
    }

    private void count(ScheduledExecution execution, String outcome) {
        Counter.builder(RUNS)
                .description("Runs of a scheduled job by outcome (failed: it threw)")
                .tag(
                        "task",
                        task(
                                execution.getTrigger().getMethodDescription(),
                                execution.getTrigger().getId()))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** {@code org.mentorship.stipend.service.MailSender#scheduled} becomes {@code MailSender#scheduled}. */
    static String task(String methodDescription, String id) {
        if (methodDescription == null || methodDescription.isBlank()) {
            return id;
        }
        int hash = methodDescription.indexOf('#');
        String type = hash < 0 ? methodDescription : methodDescription.substring(0, hash);
        return type.substring(type.lastIndexOf('.') + 1) + (hash < 0 ? "" : methodDescription.substring(hash));
    }
}
