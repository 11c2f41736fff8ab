package vn.ocop.shared.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table whose rows a boundary pages in the database. Filters live in the backing bean's
 * own fields; this model only asks the boundary for the requested page and its total.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How the backing bean asks its boundary for one page. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(int first, int size);
    }

    /** How the backing bean asks its boundary for one page in the order the user chose. */
    @FunctionalInterface
    public interface SortedSource<T> extends Serializable {
        Page<T> page(Sort sort, int first, int size);
    }

    private final SortedSource<T> source;
    private final SerializableKey<T> key;

    /** The row key of a row (for PrimeFaces row identity). */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PagedList(Source<T> source, SerializableKey<T> key) {
        this((sort, first, size) -> source.page(first, size), key);
    }

    /** A list the user can sort by its columns' {@code field}s; the boundary decides which it accepts. */
    public PagedList(SortedSource<T> source, SerializableKey<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(Sort.none(), 0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Sort sort = sortBy == null ? Sort.none() : sortBy.values().stream().findFirst()
                .map(meta -> new Sort(meta.getField(), meta.getOrder() != SortOrder.DESCENDING)).orElse(Sort.none());
        Page<T> page = source.page(sort, first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
