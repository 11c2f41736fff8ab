package vn.ocop.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The answer to a resource outside one's role or unknown (the container's 403 and 404): the API answers in its own
 * JSON form, "not found" with the reason in the caller's language; a page shows the portal's "page not found". A 401
 * that the server itself made (WildFly replaces the authentication's own answer by its error) becomes the API's
 * "sign in first" in JSON; a page goes to the login page.
 */
@WebServlet("/error/answer")
public class ErrorAnswers extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
        if (Integer.valueOf(HttpServletResponse.SC_UNAUTHORIZED).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            if (api) {
                JsonRefusal.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "error.unauthorized");
            } else {
                request.getRequestDispatcher("/login.xhtml").forward(request, response);
            }
            return;
        }
        if (api) {
            JsonRefusal.send(request, response, HttpServletResponse.SC_NOT_FOUND, "notFound", "error.notFound");
            return;
        }
        request.getRequestDispatcher("/error/404.xhtml").forward(request, response);
    }
}
