package vn.ocop.registration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

/** A producer chosen in a picker: shown by its id in the page, found again (in the caller's scope) when the form comes back. */
@FacesConverter(value = "producerConverter", managed = true)
public class ProducerConverter implements Converter<ProducerView> {

    @Inject
    Producers producers;

    @Override
    public ProducerView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return producers.producer(Long.parseLong(value.strip()));
        } catch (NumberFormatException | BusinessException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("error.notFound"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ProducerView value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
