package vn.ocop.shared.control;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record since it was read: the page offers to reload it. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
