-- Users see the legal sources of the criteria catalogue (decision, date, annex) and, where the portal made a choice,
-- a plain statement of the rule it applies. The working notes that V6 carried in these columns (reference citations,
-- doubts, the customer's issue, file names of the transcription) are kept in docs/criteria-notes.md.
-- Only text columns change; ids, rules and the sheets' trees are untouched.

UPDATE criteria_set SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ, Phụ lục III; thay thế Quyết định số 1048/QĐ-TTg và Quyết định số 781/QĐ-TTg. Quyết định số 1489/QĐ-TTg ngày 06/07/2025 sửa đổi quy trình (Phụ lục II), không sửa bộ tiêu chí.' WHERE id = 1;
UPDATE criteria_set SET source = 'Quyết định số 1048/QĐ-TTg ngày 21/08/2019 của Thủ tướng Chính phủ, Phụ lục III; sửa đổi bởi Quyết định số 781/QĐ-TTg ngày 08/06/2020.' WHERE id = 2;

UPDATE rating_regime SET source = 'Quyết định số 1048/QĐ-TTg ngày 21/08/2019, Phụ lục II (quy trình đánh giá, phân hạng); Quyết định số 781/QĐ-TTg ngày 08/06/2020' WHERE id = 1;
UPDATE rating_regime SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục II (quy trình đánh giá, phân hạng)' WHERE id = 2;
UPDATE rating_regime SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục II, sửa đổi bởi Quyết định số 1489/QĐ-TTg ngày 06/07/2025' WHERE id = 3;

UPDATE recognition_rule SET source = 'Quyết định số 1048/QĐ-TTg ngày 21/08/2019, Phụ lục II' WHERE regime_id = 1 AND unit_id IS NULL;
UPDATE recognition_rule SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục II' WHERE regime_id = 2 AND unit_id IS NULL;
UPDATE recognition_rule SET source = 'Quyết định số 1489/QĐ-TTg ngày 06/07/2025 sửa đổi Phụ lục II của Quyết định số 148/QĐ-TTg' WHERE regime_id = 3 AND unit_id IS NULL;
UPDATE recognition_rule SET note = 'UBND cấp tỉnh ban hành quyết định công nhận và cấp giấy chứng nhận sản phẩm 3 sao và 4 sao.' WHERE id = 4;
UPDATE recognition_rule SET note = 'UBND xã đánh giá sơ bộ một phần hồ sơ (nguồn gốc sản phẩm hoặc nguyên liệu địa phương, sử dụng lao động địa phương, nguồn gốc ý tưởng sản phẩm…) rồi chuyển lên cấp tỉnh.' WHERE id = 16;
UPDATE recognition_rule SET source = 'Kế hoạch thực hiện Chương trình OCOP năm 2019 của UBND huyện Đan Phượng; Quyết định số 1048/QĐ-TTg ngày 21/08/2019, Phụ lục II' WHERE unit_id = 2 AND practice_from = DATE '2019-01-01';
UPDATE recognition_rule SET note = 'Hội đồng đánh giá, phân hạng cấp huyện chấm điểm sản phẩm của các xã, thị trấn.' WHERE id = 22;
UPDATE recognition_rule SET note = 'Huyện công nhận sản phẩm ở cấp huyện (không gắn hạng sao; hạng sao do cấp trên công nhận). Cổng thông tin áp dụng ngưỡng 50 điểm, là ngưỡng đề nghị lên cấp tỉnh của Quyết định số 1048/QĐ-TTg.' WHERE id = 23;
UPDATE recognition_rule SET note = 'Sản phẩm đạt từ 50 điểm (3–4 sao) được gửi lên Thành phố đánh giá, công nhận. Cổng thông tin áp dụng ngưỡng 50 điểm của Quyết định số 1048/QĐ-TTg.' WHERE id = 24;
UPDATE recognition_rule SET note = 'Sản phẩm đạt từ 90 điểm (tiềm năng 5 sao) được đề nghị đánh giá ở cấp trung ương.' WHERE id = 25;

UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 1. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 1;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 2. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 2;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 3. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 3;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 4. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 4;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 5. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 5;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 6. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 6;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 7. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 7;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 8. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 8;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 9. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 9;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 10. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 10;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 11. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 11;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 12. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 12;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 13. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 13;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 14. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 14;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 15. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 15;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 16. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 16;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 17. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 17;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 18. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 18;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 19. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 19;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 20. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 20;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 21. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 21;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 22. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 22;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 23. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 23;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 24. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 24;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 25. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 25;
UPDATE scoring_sheet SET source = 'Quyết định số 148/QĐ-TTg ngày 24/02/2023, Phụ lục III, phiếu chấm bộ sản phẩm số 26. Các chỗ sửa lỗi chép được ghi riêng, kèm lý do.' WHERE id = 26;
UPDATE scoring_sheet SET source = 'Quyết định số 1048/QĐ-TTg ngày 21/08/2019, Phụ lục III, phiếu chấm bộ Rau, củ, quả, hạt tươi (sửa đổi bởi Quyết định số 781/QĐ-TTg ngày 08/06/2020). Phiếu này không có dấu hạng sao; lời văn tiêu chí trùng thang điểm với Quyết định số 148/QĐ-TTg được ghi theo Quyết định số 148/QĐ-TTg.' WHERE id = 101;

UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: điểm của mục và của các phương án trong cùng phiếu' WHERE id = 1;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: điểm của mục và của các phương án trong cùng phiếu' WHERE id = 2;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: điểm của mục và của các phương án trong cùng phiếu' WHERE id = 3;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: điểm của mục và của các phương án trong cùng phiếu' WHERE id = 4;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: tổng mục 6 và Phần C của cùng phiếu', reason = 'Tiêu chí d) Mùi ghi tối đa 4 điểm nhưng phương án cao nhất chỉ được 3. Điểm tối đa 4 khớp với tổng của mục 6 (16 = 2 + 2 + 3 + 4 + 5) và của Phần C (35, đúng mức của Quyết định số 148/QĐ-TTg); nếu hạ điểm tối đa xuống 3 thì Phần C còn 34 và cả phiếu còn 99 điểm. Cổng thông tin áp dụng: phương án cao nhất (mức 5 sao) được 4 điểm, hai phương án dưới (1 và 2 điểm) giữ nguyên.' WHERE id = 5;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cấu trúc và điểm của cùng phiếu' WHERE id = 6;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cấu trúc và điểm của cùng phiếu' WHERE id = 7;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cấu trúc và điểm của cùng phiếu' WHERE id = 8;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cấu trúc và điểm của cùng phiếu' WHERE id = 9;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cấu trúc và điểm của cùng phiếu' WHERE id = 10;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cùng phương án trong các phiếu khác' WHERE id = 11;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: cùng phương án trong các phiếu khác' WHERE id = 12;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: ghi chú của mục trong cùng phiếu' WHERE id = 13;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: ghi chú của mục trong cùng phiếu' WHERE id = 14;
UPDATE sheet_correction SET source = 'Quyết định số 148/QĐ-TTg, Phụ lục III: ghi chú của mục trong cùng phiếu' WHERE id = 15;
