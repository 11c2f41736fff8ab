package vn.ocop.rating;

import vn.ocop.rating.control.MemberSheet;
import vn.ocop.rating.control.NodeRow;
import vn.ocop.rating.control.PartMaxima;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.rating.control.SheetScore;
import vn.ocop.rating.control.SheetTree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small 148-shaped sheet (40/25/35) built by hand for the result rules, with its option ids:
 * <pre>
 * A 40 › 1 (40) › a) raw material 20: □ 0 · □ 10 *** · □ 20
 *               › b) intellectual property **** 20: □ 10 · □ 20 (no 0-point option)
 * B 25 › 4. marketing, a section holding its options: □ 0 · □ 15 · □ 25 *****
 * C 35 › 8 (15), one of two cases › a. case 1 (15): □ 0 · □ 15 ****
 *                                  › b. case 2 (15): □ 5 · □ 15
 *      › 9 (20) › a) quality 20: □ 0 · □ 10 · □ 20 ****
 * </pre>
 */
final class ResultSheet {

    final List<NodeRow> rows = new ArrayList<>();
    final long raw, raw0, raw10, raw20;
    final long ip, ip10, ip20;
    final long marketing, m0, m15, m25;
    final long cases, case1, c1_0, c1_15, case2, c2_5, c2_15;
    final long quality, q0, q10, q20;
    final SheetTree tree;

    ResultSheet() {
        long a = add(null, NodeRow.PART, "A", "Phần A", "40", null, false);
        long s1 = add(a, NodeRow.SECTION, "1", "1. TỔ CHỨC SẢN XUẤT", "40", null, false);
        raw = add(s1, NodeRow.CRITERION, "a", "a) Nguồn nguyên liệu", "20", null, false);
        raw0 = option(raw, "□ Không", "0", null);
        raw10 = option(raw, "□ Dưới 50%***", "10", 3);
        raw20 = option(raw, "□ Trên 75%", "20", null);
        ip = add(s1, NodeRow.CRITERION, "b", "b) Sở hữu trí tuệ****", "20", 4, false);
        ip10 = option(ip, "□ Nhãn hiệu được cấp", "10", null);
        ip20 = option(ip, "□ Nhãn hiệu và chỉ dẫn địa lý", "20", null);
        long b = add(null, NodeRow.PART, "B", "Phần B", "25", null, false);
        marketing = add(b, NodeRow.SECTION, "4", "4. TIẾP THỊ", "25", null, false);
        m0 = option(marketing, "□ Không", "0", null);
        m15 = option(marketing, "□ Trong tỉnh", "15", null);
        m25 = option(marketing, "□ Quốc tế*****", "25", 5);
        long c = add(null, NodeRow.PART, "C", "Phần C", "35", null, false);
        cases = add(c, NodeRow.SECTION, "8", "8. ĐIỀU KIỆN KINH DOANH", "15", null, true);
        case1 = add(cases, NodeRow.CRITERION, "a", "a. Trường hợp 1", "15", null, false);
        c1_0 = option(case1, "□ Chưa đạt", "0", null);
        c1_15 = option(case1, "□ Đạt****", "15", 4);
        case2 = add(cases, NodeRow.CRITERION, "b", "b. Trường hợp 2", "15", null, false);
        c2_5 = option(case2, "□ Có đăng ký", "5", null);
        c2_15 = option(case2, "□ Được công nhận", "15", null);
        long s9 = add(c, NodeRow.SECTION, "9", "9. ĐẢM BẢO CHẤT LƯỢNG", "20", null, false);
        quality = add(s9, NodeRow.CRITERION, "a", "a) Kiểm soát chất lượng", "20", null, false);
        q0 = option(quality, "□ Không", "0", null);
        q10 = option(quality, "□ Kế hoạch kiểm soát", "10", null);
        q20 = option(quality, "□ ISO/HACCP****", "20", 4);
        SheetCheck check = SheetCheck.of("test", new PartMaxima(40, 25, 35), rows, List.of());
        if (!check.usable()) {
            throw new IllegalStateException(check.problems().toString());
        }
        tree = check.tree();
    }

    private long add(Long parent, int level, String code, String title, String score, Integer stars, boolean alternatives) {
        long id = rows.size() + 1;
        rows.add(new NodeRow(id, parent, level, (int) id, code, title, null, score, stars, alternatives));
        return id;
    }

    private long option(long criterion, String title, String points, Integer stars) {
        return add(criterion, NodeRow.OPTION, null, title, points, stars, false);
    }

    /** A member's sheet from the options ticked (each option's criterion is its parent). */
    static MemberSheet ticks(SheetTree tree, long member, long... options) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        for (long option : options) {
            choices.put(tree.node(option).parent().id(), option);
        }
        return new MemberSheet(member, choices);
    }

    MemberSheet ticks(long member, long... options) {
        return ticks(tree, member, options);
    }

    SheetScore score(long member, long... options) {
        return SheetScore.of(tree, ticks(member, options));
    }

    /** Ticks the best option of every criterion, the first case of alternative cases. */
    static Map<Long, Long> best(SheetTree tree) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        tree.parts().forEach(part -> best(part, choices));
        return choices;
    }

    private static void best(SheetNode node, Map<Long, Long> choices) {
        List<SheetNode> options = node.children().stream().filter(SheetNode::isOption).toList();
        if (!options.isEmpty()) {
            SheetNode top = options.get(0);
            for (SheetNode option : options) {
                if (option.score().compareTo(top.score()) > 0) {
                    top = option;
                }
            }
            choices.put(node.id(), top.id());
        } else if (node.row().alternatives()) {
            best(node.children().get(0), choices);
        } else {
            node.children().forEach(child -> best(child, choices));
        }
    }
}
