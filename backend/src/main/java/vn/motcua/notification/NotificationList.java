package vn.motcua.notification;

import java.util.List;

/** The answer of GET /api/integration/v1/dossiers/{code}/notifications. */
public record NotificationList(String code, List<NotificationView> items) {
}
