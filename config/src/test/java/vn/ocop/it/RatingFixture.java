package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.identity.boundary.UserForm;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.Councils;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.PrescreenForm;
import vn.ocop.registration.boundary.PrescreenView;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.PrescreenOutcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scoring tests' set-up, as a resource of the test WAR under {@code api/v1/it-rating}, called
 * by a signed-in test account so that the boundaries check that account's role: council accounts
 * (as it-admin), and a district round of 2024 with products whose dossiers were submitted and its
 * council, the first account its chair (as it-officer); for a City round of 2026, the products first pre-screened by
 * the commune (as it-commune). Never part of the application.
 */
@Path("it-rating")
@Produces(MediaType.APPLICATION_JSON)
public class RatingFixture {

    public record Account(long id, String username) {
    }

    public record Accounts(List<Account> items) {
    }

    /** The round, its products, and its council members' ids (not the accounts'), in the order of the accounts. */
    public record Setup(long round, List<Long> products, List<Long> members) {
    }

    public record Version(long version) {
    }

    public record Products(List<Long> items) {
    }

    @EJB
    Users users;

    @EJB
    Producers producers;

    @EJB
    vn.ocop.registration.boundary.Products productRegistrations;

    @EJB
    Dossiers dossiers;

    @EJB
    Rounds rounds;

    @EJB
    Councils councils;

    @EJB
    Prescreens prescreens;

    /** Council accounts {prefix}01… with the tests' password. */
    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Accounts members(@FormParam("prefix") String prefix, @FormParam("count") int count) {
        List<Account> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = prefix + String.format("%02d", i);
            long id = users.create(UserForm.of(username, "Thành viên Hội đồng " + i, Role.COUNCIL, TestAccounts.DISTRICT),
                    TestAccounts.PASSWORD.toCharArray()).id();
            created.add(new Account(id, username));
        }
        return new Accounts(created);
    }

    /**
     * A district round of October 2024 with {@code products} products of set 7 (dossiers submitted),
     * its council established with the accounts given (ids, comma-separated; the first is the chair),
     * and, when {@code start}, scoring started; a City round of 2026 when {@code level} is PROVINCE.
     */
    @POST
    @Path("rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Setup round(@FormParam("tag") String tag, @FormParam("members") String members,
                       @FormParam("products") int products, @FormParam("start") boolean start,
                       @FormParam("advisors") String advisors, @FormParam("level") String level,
                       @FormParam("productIds") String productIds) {
        long round = rounds.create("PROVINCE".equals(level) ? RatingData.cityRound(tag) : RatingData.round(tag)).id();
        List<Long> added = new ArrayList<>();
        RoundDetails details = rounds.round(round);
        List<Long> given = productIds == null || productIds.isBlank() ? List.of()
                : Arrays.stream(productIds.split(",")).map(String::strip).map(Long::valueOf).toList();
        for (int i = 0; i < (given.isEmpty() ? products : given.size()); i++) {
            long product = given.isEmpty() ? RatingData.submitted(producers, productRegistrations, dossiers, RatingData.PROCESSED, tag + "-" + i)
                    : given.get(i);
            details = rounds.addProduct(round, details.round().version(), product);
            added.add(product);
        }
        details = councils.establishCouncil(round, details.round().version(), RatingData.decision(tag));
        List<Long> accounts = Arrays.stream(members.split(",")).map(String::strip).filter(m -> !m.isEmpty()).map(Long::valueOf)
                .toList();
        for (int i = 0; i < accounts.size(); i++) {
            details = councils.appoint(round, details.round().version(), accounts.get(i), i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER,
                    null);
        }
        if (advisors != null && !advisors.isBlank()) {
            for (String advisor : advisors.split(",")) {
                details = councils.addAdvisor(round, details.round().version(), Long.parseLong(advisor.strip()), false, null);
            }
        }
        if (start) {
            rounds.startScoring(round, details.round().version());
        }
        List<Long> memberIds = accounts.stream().map(account -> rounds.round(round).council().members().stream()
                .filter(m -> m.userId() == account).findFirst().orElseThrow().id()).toList();
        return new Setup(round, added, memberIds);
    }

    /**
     * Products of set 7 whose dossiers were submitted today by new producers of thị trấn Phùng, or of the commune given
     * (unit id) (as it-officer): under
     * 148/QĐ-TTg as amended by 1489/QĐ-TTg xã Đan Phượng pre-screens them ({@link #prescreened}) before a City round.
     */
    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Products submitted(@FormParam("tag") String tag, @FormParam("count") int count, @FormParam("commune") Long commune) {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(RatingData.submitted(producers, productRegistrations, dossiers, RatingData.PROCESSED, tag + "-" + i,
                    commune == null ? TestAccounts.THI_TRAN_PHUNG : commune));
        }
        return new Products(created);
    }

    /** Passes the commune's pre-screen of the products, every item met (as it-commune, officer of thị trấn Phùng). */
    @POST
    @Path("prescreens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Products prescreened(@FormParam("products") String products) {
        List<Long> ids = Arrays.stream(products.split(",")).map(String::strip).map(Long::valueOf).toList();
        for (long id : ids) {
            PrescreenView view = prescreens.prescreen(id);
            Map<Long, ItemResult> met = view.items().stream().collect(Collectors.toMap(PrescreenView.Item::id, i -> ItemResult.MET));
            prescreens.record(id, null, new PrescreenForm(PrescreenOutcome.PASSED, "Đủ điều kiện chuyển Thành phố", null, met));
        }
        return new Products(ids);
    }

    /** The round's version, for a change that needs it (as it-officer). */
    @GET
    @Path("rounds/{round}/version")
    public Version version(@PathParam("round") long round) {
        return new Version(rounds.round(round).round().version());
    }

    /** Concludes the round (as it-officer). */
    @POST
    @Path("rounds/{round}/conclusion")
    public Version conclude(@PathParam("round") long round) {
        return new Version(rounds.conclude(round, rounds.round(round).round().version()).round().version());
    }

    /** A commune officer's account of the commune (unit id) (as it-admin). */
    @POST
    @Path("communes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Account communeOfficer(@FormParam("username") String username, @FormParam("commune") long commune) {
        return new Account(users.create(UserForm.of(username, "Cán bộ xã kiểm thử", Role.COMMUNE, commune),
                TestAccounts.PASSWORD.toCharArray()).id(), username);
    }

    /** A second district-office account (as it-admin), for the paper sheets' second entry. */
    @POST
    @Path("officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Account officer(@FormParam("username") String username) {
        return new Account(users.create(UserForm.of(username, "Cán bộ nhập phiếu", Role.OFFICER, TestAccounts.DISTRICT),
                TestAccounts.PASSWORD.toCharArray()).id(), username);
    }
}
