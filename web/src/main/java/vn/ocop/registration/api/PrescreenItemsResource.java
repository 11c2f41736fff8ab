package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.PrescreenItem;
import vn.ocop.shared.api.JsonBodies;

import java.util.List;

/**
 * {@code /ocop/api/v1/prescreen-items}: the checklist of the commune's pre-screen, for the administrator, who edits it
 * (the reference is unsure of what 1489/QĐ-TTg gives the commune to check; the note says where).
 */
@Path("prescreen-items")
@Produces(MediaType.APPLICATION_JSON)
public class PrescreenItemsResource {

    /** One item as the API contract names its fields. */
    public record Item(long id, String code, String textVi, String textEn, String legalSource, int sortOrder,
                       boolean mandatory, boolean active, String adminNote, long version) {

        static Item of(PrescreenItem i) {
            return new Item(i.getId(), i.getCode(), i.getTextVi(), i.getTextEn(), i.getLegalSource(), i.getSortOrder(),
                    i.isMandatory(), i.isActive(), i.getAdminNote(), i.getVersion());
        }
    }

    /** {@code {"version": 0, "textVi": "…", "textEn": "…", "legalSource": "…", "sortOrder": 1, "mandatory": true, "active": true, "adminNote": "…"}} */
    public static class ItemBody {
        public long version;
        public String textVi;
        public String textEn;
        public String legalSource;
        public int sortOrder;
        public boolean mandatory;
        public boolean active;
        public String adminNote;
    }

    @EJB
    Prescreens prescreens;

    @GET
    public List<Item> items() {
        return prescreens.items().stream().map(Item::of).toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Item edit(@PathParam("id") long id, ItemBody body) {
        ItemBody given = JsonBodies.required(body);
        return Item.of(prescreens.editItem(id, given.version, given.textVi, given.textEn, given.legalSource, given.sortOrder,
                given.mandatory, given.active, given.adminNote));
    }
}
