-- Demo reference data: Bình Thuận province as it was organised in 2019 (province, departments, districts,
-- towns, some communes), and Lâm Đồng after the 2025 merger (province and communes; districts abolished).
-- Codes follow QCVN 102:2016 in shape; the demo uses H12 for Bình Thuận and H36 for Lâm Đồng.

insert into agency (code, name, level_label, hotline) values
  ('000.00.00.H12', 'UBND tỉnh Bình Thuận', 'Tỉnh', '02523822345'),
  ('000.00.00.H36', 'UBND tỉnh Lâm Đồng', 'Tỉnh', '02633822111')
-- the first administrator (MOTCUA_ADMIN_BOOTSTRAP_*) may already have created a placeholder of its agency
on conflict (code) do update set name = excluded.name, level_label = excluded.level_label,
    hotline = excluded.hotline, placeholder = false;

insert into agency (code, name, level_label, parent_id, hotline)
select v.code, v.name, v.level_label, (select id from agency where code = '000.00.00.H12'), v.hotline from (values
  ('000.00.01.H12', 'Trung tâm Phục vụ hành chính công tỉnh Bình Thuận', 'Sở, ngành', '02523757575'),
  ('000.00.17.H12', 'Sở Tài nguyên và Môi trường', 'Sở, ngành', '02523822590'),
  ('000.00.11.H12', 'Sở Kế hoạch và Đầu tư', 'Sở, ngành', '02523822519'),
  ('000.00.12.H12', 'Sở Xây dựng', 'Sở, ngành', '02523821645'),
  ('000.00.20.H12', 'UBND thành phố Phan Thiết', 'Huyện', '02523821291'),
  ('000.00.21.H12', 'UBND thị xã La Gi', 'Huyện', '02523843141'),
  ('000.00.22.H12', 'UBND huyện Hàm Thuận Bắc', 'Huyện', '02523865138'),
  ('000.00.23.H12', 'UBND huyện Hàm Thuận Nam', 'Huyện', '02523867225'),
  ('000.00.24.H12', 'UBND huyện Bắc Bình', 'Huyện', '02523860245'),
  ('000.00.25.H12', 'UBND huyện Tuy Phong', 'Huyện', '02523850311'),
  ('000.00.26.H12', 'UBND huyện Tánh Linh', 'Huyện', '02523880314'),
  ('000.00.27.H12', 'UBND huyện Đức Linh', 'Huyện', '02523883227'),
  ('000.00.28.H12', 'UBND huyện Hàm Tân', 'Huyện', '02523876109'),
  ('000.00.29.H12', 'UBND huyện Phú Quý', 'Huyện', '02523769203')
) as v(code, name, level_label, hotline);

insert into agency (code, name, level_label, parent_id)
select v.code, v.name, 'Xã', (select id from agency where code = v.parent) from (values
  ('000.01.20.H12', 'UBND phường Phú Thủy', '000.00.20.H12'),
  ('000.02.20.H12', 'UBND phường Đức Long', '000.00.20.H12'),
  ('000.03.20.H12', 'UBND xã Tiến Lợi', '000.00.20.H12'),
  ('000.01.21.H12', 'UBND phường Phước Hội', '000.00.21.H12'),
  ('000.02.21.H12', 'UBND xã Tân Tiến', '000.00.21.H12'),
  ('000.01.22.H12', 'UBND thị trấn Ma Lâm', '000.00.22.H12'),
  ('000.02.22.H12', 'UBND xã Hàm Chính', '000.00.22.H12'),
  ('000.03.22.H12', 'UBND xã Hàm Liêm', '000.00.22.H12'),
  ('000.01.23.H12', 'UBND thị trấn Thuận Nam', '000.00.23.H12'),
  ('000.01.24.H12', 'UBND thị trấn Chợ Lầu', '000.00.24.H12'),
  ('000.01.25.H12', 'UBND thị trấn Liên Hương', '000.00.25.H12'),
  ('000.01.26.H12', 'UBND thị trấn Lạc Tánh', '000.00.26.H12'),
  ('000.01.27.H12', 'UBND thị trấn Võ Xu', '000.00.27.H12'),
  ('000.01.28.H12', 'UBND thị trấn Tân Nghĩa', '000.00.28.H12'),
  ('000.01.29.H12', 'UBND xã Ngũ Phụng', '000.00.29.H12')
) as v(code, name, parent);

-- Lâm Đồng after 1 July 2025: province and communes only.
insert into agency (code, name, level_label, parent_id, hotline)
select v.code, v.name, v.level_label, (select id from agency where code = '000.00.00.H36'), v.hotline from (values
  ('000.00.01.H36', 'Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng', 'Sở, ngành', '02633555555'),
  ('000.10.00.H36', 'UBND phường Phan Thiết', 'Xã', '02523821291'),
  ('000.11.00.H36', 'UBND phường La Gi', 'Xã', '02523843141'),
  ('000.12.00.H36', 'UBND xã Hàm Thuận Bắc', 'Xã', '02523865138'),
  ('000.13.00.H36', 'UBND xã Hàm Thuận Nam', 'Xã', '02523867225'),
  ('000.14.00.H36', 'UBND xã Bắc Bình', 'Xã', '02523860245'),
  ('000.15.00.H36', 'UBND xã Tuy Phong', 'Xã', '02523850311'),
  ('000.16.00.H36', 'UBND xã Tánh Linh', 'Xã', '02523880314'),
  ('000.17.00.H36', 'UBND xã Đức Linh', 'Xã', '02523883227'),
  ('000.18.00.H36', 'UBND xã Hàm Tân', 'Xã', '02523876109'),
  ('000.19.00.H36', 'Đặc khu Phú Quý', 'Đặc khu', '02523769203')
) as v(code, name, level_label, hotline);

-- The merger: old Bình Thuận agencies now resolve to their Lâm Đồng successors.
update agency a set replaced_by_id = s.id, active = false
  from (values
    ('000.00.00.H12', '000.00.00.H36'), ('000.00.01.H12', '000.00.01.H36'),
    ('000.00.20.H12', '000.10.00.H36'), ('000.00.21.H12', '000.11.00.H36'), ('000.00.22.H12', '000.12.00.H36'),
    ('000.00.23.H12', '000.13.00.H36'), ('000.00.24.H12', '000.14.00.H36'), ('000.00.25.H12', '000.15.00.H36'),
    ('000.00.26.H12', '000.16.00.H36'), ('000.00.27.H12', '000.17.00.H36'), ('000.00.28.H12', '000.18.00.H36'),
    ('000.00.29.H12', '000.19.00.H36')
  ) as m(old_code, new_code)
  join agency s on s.code = m.new_code
 where a.code = m.old_code;

insert into procedure (code, name, field_code, field_name, processing_days, fees, required_documents) values
  ('1.001193', 'Đăng ký khai sinh', 'HT', 'Hộ tịch', 1, 'Miễn lệ phí', E'Tờ khai đăng ký khai sinh\nGiấy chứng sinh\nGiấy tờ tùy thân của người đi đăng ký'),
  ('1.000894', 'Đăng ký kết hôn', 'HT', 'Hộ tịch', 3, 'Miễn lệ phí', E'Tờ khai đăng ký kết hôn\nGiấy tờ tùy thân của hai bên'),
  ('1.000656', 'Đăng ký khai tử', 'HT', 'Hộ tịch', 1, 'Miễn lệ phí', E'Tờ khai đăng ký khai tử\nGiấy báo tử'),
  ('2.000635', 'Cấp bản sao trích lục hộ tịch', 'HT', 'Hộ tịch', 1, '8.000 đồng/bản', E'Tờ khai cấp bản sao trích lục hộ tịch'),
  ('1.004873', 'Cấp giấy xác nhận tình trạng hôn nhân', 'HT', 'Hộ tịch', 3, '15.000 đồng', E'Tờ khai cấp giấy xác nhận tình trạng hôn nhân'),
  ('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'CT', 'Chứng thực', 1, '2.000 đồng/trang', E'Bản chính giấy tờ\nBản sao cần chứng thực'),
  ('2.000720', 'Đăng ký thành lập hộ kinh doanh', 'KD', 'Thành lập và hoạt động của hộ kinh doanh', 3, '100.000 đồng', E'Giấy đề nghị đăng ký hộ kinh doanh\nBản sao giấy tờ pháp lý của chủ hộ'),
  ('2.001610', 'Đăng ký thành lập doanh nghiệp tư nhân', 'DN', 'Thành lập và phát triển doanh nghiệp', 3, '50.000 đồng', E'Giấy đề nghị đăng ký doanh nghiệp\nBản sao giấy tờ pháp lý của chủ doanh nghiệp'),
  ('1.001612', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'G09-TN01', 'Đất đai', 30, 'Theo Nghị quyết HĐND tỉnh', E'Đơn đăng ký đất đai, tài sản gắn liền với đất\nGiấy tờ về quyền sử dụng đất\nSơ đồ thửa đất'),
  ('1.004227', 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng', 'G09-TN01', 'Đất đai', 10, 'Theo Nghị quyết HĐND tỉnh', E'Đơn đăng ký biến động\nHợp đồng chuyển nhượng đã công chứng\nGiấy chứng nhận đã cấp'),
  ('1.004269', 'Cấp đổi giấy chứng nhận quyền sử dụng đất', 'G09-TN01', 'Đất đai', 7, 'Theo Nghị quyết HĐND tỉnh', E'Đơn đề nghị cấp đổi\nBản gốc giấy chứng nhận đã cấp'),
  ('1.004203', 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền', 'G09-TN01', 'Đất đai', 15, 'Theo Nghị quyết HĐND tỉnh', E'Đơn xin chuyển mục đích sử dụng đất\nGiấy chứng nhận quyền sử dụng đất'),
  ('1.009994', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'XD', 'Hoạt động xây dựng', 15, '75.000 đồng', E'Đơn đề nghị cấp giấy phép xây dựng\nGiấy tờ về quyền sử dụng đất\nBản vẽ thiết kế xây dựng'),
  ('1.009993', 'Cấp giấy phép sửa chữa, cải tạo công trình', 'XD', 'Hoạt động xây dựng', 15, '75.000 đồng', E'Đơn đề nghị cấp giấy phép sửa chữa, cải tạo\nBản vẽ hiện trạng'),
  ('1.003348', 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'ATTP', 'An toàn thực phẩm', 20, '500.000 đồng', E'Đơn đề nghị cấp giấy chứng nhận\nBản thuyết minh cơ sở vật chất\nGiấy xác nhận đủ sức khỏe của chủ cơ sở'),
  ('2.000620', 'Cấp giấy phép bán lẻ sản phẩm rượu', 'TM', 'Lưu thông hàng hóa trong nước', 10, '200.000 đồng', E'Đơn đề nghị cấp giấy phép\nBản sao giấy chứng nhận đăng ký kinh doanh'),
  ('1.001699', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'BTXH', 'Bảo trợ xã hội', 3, 'Miễn phí', E'Tờ khai đề nghị hỗ trợ chi phí mai táng\nBản sao giấy chứng tử'),
  ('1.001776', 'Thực hiện trợ cấp xã hội hằng tháng đối với người cao tuổi', 'BTXH', 'Bảo trợ xã hội', 10, 'Miễn phí', E'Tờ khai đề nghị trợ cấp xã hội'),
  ('2.000488', 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam', 'LLTP', 'Lý lịch tư pháp', 10, '200.000 đồng', E'Tờ khai yêu cầu cấp phiếu lý lịch tư pháp\nBản chụp giấy tờ tùy thân'),
  ('1.005277', 'Đăng ký thành lập hợp tác xã', 'HTX', 'Thành lập và hoạt động của hợp tác xã', 5, '100.000 đồng', E'Giấy đề nghị đăng ký hợp tác xã\nĐiều lệ hợp tác xã\nDanh sách thành viên'),
  ('1.004232', 'Cấp giấy phép khai thác, sử dụng nước dưới đất', 'TNN', 'Tài nguyên nước', 30, 'Theo Nghị quyết HĐND tỉnh', E'Đơn đề nghị cấp giấy phép\nBáo cáo kết quả thăm dò'),
  ('1.010727', 'Thẩm định báo cáo đánh giá tác động môi trường', 'MT', 'Môi trường', 30, 'Theo Thông tư của Bộ Tài chính', E'Văn bản đề nghị thẩm định\nBáo cáo đánh giá tác động môi trường'),
  ('1.009645', 'Cấp giấy chứng nhận đăng ký đầu tư', 'ĐT', 'Đầu tư tại Việt Nam', 15, 'Miễn phí', E'Văn bản đề nghị thực hiện dự án đầu tư\nĐề xuất dự án đầu tư'),
  ('1.001045', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'GPLX', 'Đường bộ', 5, '135.000 đồng', E'Đơn đề nghị đổi giấy phép lái xe\nGiấy khám sức khỏe');

