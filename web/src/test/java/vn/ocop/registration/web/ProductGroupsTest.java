package vn.ocop.registration.web;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductGroupsTest {

    /** The group names of the criteria sets' product sets, as the migration loads them. */
    private static Set<String> groups() throws Exception {
        String sql = Files.readString(Path.of("../domain/src/main/resources/db/migration/V3__registration.sql"));
        Matcher row = Pattern.compile("\\(\\d+, '[^']+', \\d+, '[^']+', '([^']+)', '").matcher(sql);
        Set<String> groups = new TreeSet<>();
        while (row.find()) {
            groups.add(row.group(1));
        }
        return groups;
    }

    @Test
    void everyGroupOfTheCriteriaSetsHasAnEnglishNameAndKeepsItsVietnameseOne() throws Exception {
        Set<String> groups = groups();
        assertEquals(16, groups.size(), "the groups of both criteria sets: " + groups);
        for (String group : groups) {
            String english = ProductGroups.name(group, Locale.ENGLISH);
            assertTrue(!english.equals(group) && english.chars().allMatch(c -> c < 128), group + " → " + english);
            assertEquals(group, ProductGroups.name(group, Locale.forLanguageTag("vi")));
        }
        assertEquals("Processed food", ProductGroups.name("Thực phẩm chế biến", Locale.ENGLISH));
        assertEquals("Nhóm mới", ProductGroups.name("Nhóm mới", Locale.ENGLISH), "a group without an English name reads as named");
    }
}
