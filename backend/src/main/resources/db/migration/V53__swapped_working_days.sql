-- One working calendar for every working-day computation (due-soon reminders, the Decision 766 dashboard, due
-- dates the product computes): weekends, public holidays, and swapped working days. A row with working = true is a
-- Saturday or Sunday that civil servants work to take a weekday off (2025: worked Saturday 26/4, off Friday 2/5).
alter table holiday add column working boolean not null default false;

-- 2025, as decided by the government (dossiers received then are still judged by the dashboard).
insert into holiday (day, name, working) values
    ('2025-01-01', 'Tết Dương lịch', false),
    ('2025-01-27', 'Tết Nguyên đán', false), ('2025-01-28', 'Tết Nguyên đán', false),
    ('2025-01-29', 'Tết Nguyên đán', false), ('2025-01-30', 'Tết Nguyên đán', false),
    ('2025-01-31', 'Tết Nguyên đán', false),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương', false),
    ('2025-04-26', 'Làm bù cho ngày nghỉ 02/5', true),
    ('2025-04-30', 'Ngày Chiến thắng', false), ('2025-05-01', 'Ngày Quốc tế Lao động', false),
    ('2025-05-02', 'Nghỉ (hoán đổi với thứ Bảy 26/4)', false),
    ('2025-09-01', 'Quốc khánh', false), ('2025-09-02', 'Quốc khánh', false)
on conflict (day) do nothing;
