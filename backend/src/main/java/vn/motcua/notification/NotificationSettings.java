package vn.motcua.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * {@code motcua.notifications.*}: how notifications are paced, priced and mapped to Zalo templates. Owned here, not
 * in {@code config}, so that the shared configuration knows no feature.
 */
@ConfigMapping(prefix = "motcua.notifications")
public interface NotificationSettings {

    /** Off: outbox rows are kept but nothing is sent (an operator's brake). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How claimed batches reach senders: {@code local} (in-process) or {@code broker} (the
     * notification-broker-out/-in channels, on RabbitMQ when their connectors are configured).
     */
    @WithDefault("local")
    Transport transport();

    enum Transport { LOCAL, BROKER }

    /**
     * How long a new message waits before it may go: a second status change inside this time supersedes it,
     * so a citizen gets "accepted" rather than "submitted" and "accepted" one second apart.
     */
    @WithDefault("PT3S")
    Duration hold();

    /** Outbox rows older than this when first seen (a restored backup, the first deployment) are not sent. */
    @WithDefault("P3D")
    Duration maxOutboxAge();

    /** How often relays and dispatchers look for work when no database notification woke them. */
    @WithDefault("PT1S")
    Duration pollEvery();

    /** Notifications claimed per batch, and sent at once per batch. */
    @WithDefault("500")
    int batchSize();

    /** Messages of a batch in flight at once (the OA client keeps up to 64 connections). */
    @WithDefault("64")
    int concurrency();

    /**
     * Sends a second while people use the product (lookups, webhooks, officers' pages within the last
     * second): a fan-out gives way to them. 0 turns the pacing off. Keep it above twice the batch size
     * divided by the lease, or batches outlive their lease.
     */
    @WithDefault("200")
    int rateWhileBusy();

    /** A claimed message not recorded within this time (a crashed sender) is sent again. */
    @WithDefault("PT2M")
    Duration lease();

    /** The free window after a citizen's last interaction with the OA, for consultation messages. */
    @WithDefault("PT48H")
    Duration consultationWindow();

    /** Template messages by phone wait for the morning (Zalo refuses them at night, -133). */
    @WithDefault("22:00")
    LocalTime quietFrom();

    @WithDefault("06:00")
    LocalTime quietUntil();

    /** Reminders this many working days before the due date; 0 turns them off. */
    @WithDefault("1")
    int dueSoonWorkingDays();

    /** Estimated price of one message per channel, in đồng (for the cost figures, not billing). */
    Prices prices();

    /** Per message kind (accepted, supplement-required, ...): the approved Zalo template and its parameters. */
    Map<String, TemplateMapping> templates();

    interface Prices {
        @WithDefault("0")
        long consultation();

        @WithDefault("200")
        long templateUser();

        @WithDefault("300")
        long templatePhone();
    }

    interface TemplateMapping {
        /** The template id Zalo approved; without one, only consultation messages carry this kind. */
        Optional<String> templateId();

        /** Template parameter name to message variable (code, name, procedure, status, due_date, ...). */
        Map<String, String> params();

        /**
         * Template parameter name to its Zalo type, as registered with Zalo: {@code name}, {@code code},
         * {@code label}, {@code status}, {@code text}, {@code address}, {@code date}, {@code currency}, {@code number},
         * {@code phone}, {@code url}, optionally with a lower maximum length ({@code text:100}). A parameter not
         * listed has its variable's usual type (TemplateParamType.defaultFor).
         */
        @io.smallrye.config.WithName("param-types")
        Map<String, String> paramTypes();
    }
}
