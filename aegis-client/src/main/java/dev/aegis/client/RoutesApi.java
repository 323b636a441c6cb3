package dev.aegis.client;

import dev.aegis.client.model.Route;
import java.util.List;

/** The routes the caller may use. */
public interface RoutesApi {

    List<Route> list();
}
