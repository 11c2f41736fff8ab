package vn.ocop.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.identity.boundary.ApiTokens;
import vn.ocop.identity.boundary.IssuedToken;
import vn.ocop.identity.boundary.TokenView;
import vn.ocop.shared.control.Clocks;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The user's personal API tokens: create one (its secret shown once), see them, revoke. */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    private String name;
    private boolean write;
    private LocalDate expiresOn;
    private String secret;
    private List<TokenView> list;

    public List<TokenView> getList() {
        if (list == null) {
            list = tokens.mine();
        }
        return list;
    }

    public void create() {
        IssuedToken issued = tokens.create(name, write, expiresOn);
        secret = issued.secret();
        name = null;
        write = false;
        expiresOn = null;
        list = null;
        Texts.info("account_tokens.created");
    }

    public void revoke(TokenView token) {
        tokens.revoke(token.id());
        list = null;
        Texts.info("account_tokens.revoked", token.name());
    }

    public LocalDate getToday() { return LocalDate.now(Clocks.VIETNAM); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isWrite() { return write; }
    public void setWrite(boolean write) { this.write = write; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getSecret() { return secret; }
}
