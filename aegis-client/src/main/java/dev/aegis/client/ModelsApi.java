package dev.aegis.client;

import dev.aegis.client.model.Model;
import java.util.List;

/** The model names (route selectors) the caller may use with chat completions. */
public interface ModelsApi {

    List<Model> list();
}
