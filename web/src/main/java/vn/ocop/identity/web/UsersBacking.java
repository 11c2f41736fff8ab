package vn.ocop.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.identity.boundary.UserForm;
import vn.ocop.identity.boundary.UserView;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.shared.web.AddressFilter;
import vn.ocop.shared.web.PagedList;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.List;

/** User administration: list, create, edit, reset password, unlock. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Geography geography;

    private String query;
    private Role roleFilter;
    private PagedList<UserView> list;
    private List<UnitView> units;

    private Long editing;
    private UserForm form = new UserForm();
    private String password;

    @PostConstruct
    void init() {
        list = new PagedList<>((first, size) -> users.list(query, roleFilter, first, size), UserView::id);
        units = geography.units();
    }

    public void startCreate() {
        editing = null;
        form = new UserForm();
        password = null;
    }

    public void startEdit(UserView user) {
        editing = user.id();
        form = UserForm.of(users.find(user.id()));
        password = null;
    }

    public void save() {
        if (editing == null) {
            users.create(form, password == null ? null : password.toCharArray());
            Texts.info("admin_users.created", form.getUsername());
        } else {
            users.update(editing, form);
            Texts.info("admin_users.updated", form.getUsername());
        }
        password = null;
        PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }

    public void resetPassword() {
        users.resetPassword(editing, password == null ? null : password.toCharArray());
        password = null;
        Texts.info("admin_users.passwordReset", form.getUsername());
        PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    }

    public void unlock(UserView user) {
        users.unlock(user.id());
        Texts.info("admin_users.unlocked", user.username());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public PagedList<UserView> getList() {
        return list;
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    /** The role given in the address (the home page's count of users by role, a bookmark). */
    public String getRoleParameter() {
        return roleFilter == null ? null : roleFilter.name();
    }

    public void setRoleParameter(String text) {
        roleFilter = AddressFilter.value(Role.class, text);
    }

    public UserForm getForm() {
        return form;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
