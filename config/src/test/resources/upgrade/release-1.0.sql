-- Data of release 1.0 (schema version 2): two users, a lockout in progress, audit entries.
INSERT INTO user_account (id, username, full_name, role, unit_id, email, password_hash, enabled, locale,
                          failed_logins, first_failure_at, locked_until, last_login_at, version)
VALUES (900001, 'r1-officer', 'Nguyễn Văn Bình', 'OFFICER', 2, 'binh@example.vn',
        'PBKDF2WithHmacSHA256:120000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        TRUE, 'vi', 2, TIMESTAMP '2025-03-01 08:00:00', NULL, TIMESTAMP '2025-02-28 16:30:00', 3),
       (900002, 'r1-commune', 'Trần Thị Hoa', 'COMMUNE', 21, NULL,
        'PBKDF2WithHmacSHA256:120000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        FALSE, 'en', 0, NULL, NULL, NULL, 1);
INSERT INTO audit_entry (id, occurred_at, actor, action, entity_type, entity_id, state_before, state_after,
                         reason, client_address)
VALUES (900001, TIMESTAMP '2025-02-28 16:30:00', 'r1-officer', 'LOGIN_SUCCESS', NULL, NULL, NULL, NULL, NULL, '10.0.0.7'),
       (900002, TIMESTAMP '2025-02-28 16:31:00', 'admin', 'USER_UPDATED', 'UserAccount', 'r1-commune',
        'fullName=Trần Thị Hoa; role=COMMUNE; enabled=true', 'fullName=Trần Thị Hoa; role=COMMUNE; enabled=false',
        'Nghỉ việc', NULL);
