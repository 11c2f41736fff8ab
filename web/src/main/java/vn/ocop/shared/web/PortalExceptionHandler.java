package vn.ocop.shared.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error path of the pages. A broken business rule becomes a message in the user's
 * language (next to the field it is about) and the page is shown again with nothing saved; a
 * concurrent change says so; an expired view, a refused call and anything unexpected go to
 * their error pages. Users never see a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    /** Set in the request when someone else changed the record: the layout then offers to reload the page. */
    public static final String CONFLICT = "ocopConflict";

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            FacesContext context = FacesContext.getCurrentInstance();
            BusinessException business = find(thrown, BusinessException.class);
            if (business != null && "error.notFound".equals(business.messageKey()) && !context.isPostback()) {
                events.remove();
                redirect(context, "/error/404.xhtml");
            } else if (business != null) {
                events.remove();
                if (business instanceof ConcurrentChangeException) {
                    context.getExternalContext().getRequestMap().put(CONFLICT, Boolean.TRUE);
                }
                for (BusinessException problem : business.problems()) {
                    Texts.error(clientId(context, problem.field()), problem.messageKey(), problem.arguments());
                }
                context.validationFailed();
                context.renderResponse();
            } else if (find(thrown, OptimisticLockException.class) != null) {
                events.remove();
                Texts.error(null, new ConcurrentChangeException().messageKey());
                context.getExternalContext().getRequestMap().put(CONFLICT, Boolean.TRUE);
                context.validationFailed();
                context.renderResponse();
            } else if (find(thrown, ViewExpiredException.class) != null) {
                events.remove();
                redirect(context, "/error/expired.xhtml");
            } else if (find(thrown, EJBAccessException.class) != null || find(thrown, AccessLocalException.class) != null) {
                events.remove();
                redirect(context, "/error/404.xhtml");
            } else {
                events.remove();
                LOG.log(Level.SEVERE, "Unexpected error on a page", thrown);
                redirect(context, "/error/500.xhtml");
            }
        }
        getWrapped().handle();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * The client id of the input whose id is the rule's field, so the message shows next to it.
     * Where several forms of the page have such an input, the one in the form that was sent wins.
     */
    private static String clientId(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        String source = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        String form = source == null || source.indexOf(':') < 0 ? null : source.substring(0, source.indexOf(':') + 1);
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> inForm = new AtomicReference<>();
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput && field.equals(component.getId())) {
                String clientId = component.getClientId(visit.getFacesContext());
                first.compareAndSet(null, clientId);
                if (form != null && clientId.startsWith(form)) {
                    inForm.set(clientId);
                    return VisitResult.COMPLETE;
                }
            }
            return VisitResult.ACCEPT;
        });
        return inForm.get() != null ? inForm.get() : first.get();
    }

    static void redirect(FacesContext context, String page) {
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + page);
            }
            context.responseComplete();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not redirect to the error page", e);
        }
    }

}
