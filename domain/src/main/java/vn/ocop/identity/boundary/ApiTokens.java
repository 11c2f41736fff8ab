package vn.ocop.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.control.TokenSecret;
import vn.ocop.identity.entity.ApiToken;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: every signed-in user creates, lists and revokes their own; an administrator revokes anyone's.
 * A call with a token acts as its owner ({@link #authenticate}) without writing the account or the audit log.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL, Roles.COMMUNE, Roles.LEADER})
public class ApiTokens {

    /** How many tokens that can still be used one user may hold at once. */
    public static final int MAX_PER_USER = 10;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Acting acting;

    public IssuedToken create(String name, boolean mayWrite, LocalDate expiresOn) {
        UserAccount owner = owner();
        LocalDateTime now = acting.now();
        long usable = tokensOf(owner.getUsername()).stream().filter(t -> t.usableOn(now.toLocalDate())).count();
        if (usable >= MAX_PER_USER) {
            throw new BusinessException("identity.token.tooMany", MAX_PER_USER);
        }
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(owner, name, mayWrite, expiresOn, secret, now);
        em.persist(token);
        em.flush();
        acting.audit("API_TOKEN_CREATED", token, null, null);
        return new IssuedToken(TokenView.of(token, now.toLocalDate()), secret);
    }

    public List<TokenView> mine() {
        LocalDate today = acting.today();
        return tokensOf(caller()).stream().map(t -> TokenView.of(t, today)).toList();
    }

    /** Revokes one of the caller's tokens (an administrator: anyone's); revoking twice changes nothing. */
    public TokenView revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getUser().getUsername().equals(caller()) && !context.isCallerInRole(Roles.ADMIN)) {
            throw Records.notFound();
        }
        String before = token.auditState();
        LocalDateTime now = acting.now();
        if (token.getRevokedAt() == null) {
            token.revoke(now);
            acting.audit("API_TOKEN_REVOKED", token, before, null);
        }
        return TokenView.of(token, now.toLocalDate());
    }

    /** The owner a token acts for, when it can be used now; empty for anything else (one answer for every refusal). */
    @PermitAll
    public Optional<TokenCaller> authenticate(String secret) {
        if (!TokenSecret.looksLikeOne(secret)) {
            return Optional.empty();
        }
        LocalDate today = acting.today();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", TokenSecret.hash(secret))
                .getResultStream().findFirst().filter(t -> t.usableOn(today)).map(t -> {
                    t.usedOn(today);
                    return new TokenCaller(t.getUser().getUsername(), t.getUser().getRole(), t.isMayWrite());
                });
    }

    private List<ApiToken> tokensOf(String username) {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class).setParameter("username", username).getResultList();
    }

    private UserAccount owner() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", caller())
                .getResultStream().findFirst().orElseThrow(Records::notFound);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
