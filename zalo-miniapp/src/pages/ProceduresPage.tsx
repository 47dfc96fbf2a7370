import { useEffect, useMemo, useState } from "react";
import { Button, Page } from "zmp-ui";
import { isAbortError, toApiError, type ApiError } from "../api/client";
import { searchProcedures, type Procedure } from "../api/procedures";
import { AppHeader } from "../components/AppHeader";
import { ErrorState, Loading, Notice, SkeletonBlock } from "../components/StateViews";
import { TextField } from "../components/TextField";
import { filterByQuery, foldVietnamese } from "../domain/search";

/** Delay before the typed query is sent to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

interface Results {
  status: "loading" | "ready" | "error";
  items: Procedure[];
  /** The query the items answer. */
  forQuery: string;
  error: ApiError | null;
}

function procedureFields(procedure: Procedure): string[] {
  return [procedure.name, procedure.code, procedure.field ?? ""];
}

function ProcedureItem({ procedure }: { procedure: Procedure }) {
  const [open, setOpen] = useState(false);
  const detailId = `procedure-${procedure.code}`;
  return (
    <li className="procedure">
      <button
        type="button"
        className="procedure__toggle"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="procedure__name">{procedure.name}</span>
        <span className="procedure__meta">
          {procedure.field ? `${procedure.field} · ` : ""}Mã {procedure.code}
        </span>
        <span className="procedure__hint">{open ? "Thu gọn" : "Xem hướng dẫn"}</span>
      </button>
      {open ? (
        <div id={detailId} className="procedure__detail">
          <dl className="facts">
            {procedure.processingDays !== null && procedure.processingDays !== undefined ? (
              <div className="facts__row">
                <dt>Thời hạn giải quyết</dt>
                <dd>{procedure.processingDays} ngày</dd>
              </div>
            ) : null}
            {procedure.fees ? (
              <div className="facts__row">
                <dt>Phí, lệ phí</dt>
                <dd>{procedure.fees}</dd>
              </div>
            ) : null}
          </dl>
          {procedure.requiredDocuments.length > 0 ? (
            <>
              <h3 className="subsection-title">Hồ sơ cần chuẩn bị</h3>
              <ul className="bullets">
                {procedure.requiredDocuments.map((document) => (
                  <li key={document}>{document}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export default function ProceduresPage() {
  const [query, setQuery] = useState("");
  const [serverQuery, setServerQuery] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [results, setResults] = useState<Results>({ status: "loading", items: [], forQuery: "", error: null });

  useEffect(() => {
    const timer = setTimeout(() => setServerQuery(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    const controller = new AbortController();
    setResults((previous) => ({ ...previous, status: "loading", error: null }));
    searchProcedures(serverQuery, { signal: controller.signal })
      .then((items) => setResults({ status: "ready", items, forQuery: serverQuery, error: null }))
      .catch((error: unknown) => {
        if (isAbortError(error) || controller.signal.aborted) {
          return;
        }
        setResults((previous) => ({ ...previous, status: "error", error: toApiError(error) }));
      });
    return () => controller.abort();
  }, [serverQuery, attempt]);

  // Until the server answers the current query, narrow the last answer here.
  const shown = useMemo(
    () =>
      foldVietnamese(query) === foldVietnamese(results.forQuery)
        ? results.items
        : filterByQuery(results.items, query, procedureFields),
    [query, results.items, results.forQuery],
  );

  const retry = () => setAttempt((value) => value + 1);
  const firstLoad = results.items.length === 0 && results.forQuery === "" && results.status === "loading";

  let list;
  if (results.status === "error" && results.items.length === 0 && results.error) {
    list = <ErrorState error={results.error} onRetry={retry} />;
  } else if (firstLoad || (results.status === "loading" && shown.length === 0)) {
    list = (
      <Loading label="Đang tải danh sách thủ tục">
        {[0, 1, 2, 3].map((index) => (
          <div className="card" key={index}>
            <SkeletonBlock height={22} width="85%" />
            <SkeletonBlock height={16} width="45%" />
          </div>
        ))}
      </Loading>
    );
  } else if (shown.length === 0) {
    list = (
      <Notice tone="info" title={`Không tìm thấy thủ tục phù hợp với “${query.trim()}”.`}>
        <p>Hãy thử từ khoá ngắn hơn, ví dụ: đất đai, khai sinh, hộ tịch.</p>
      </Notice>
    );
  } else {
    list = (
      <>
        {results.status === "error" ? (
          <Notice tone="warning" title="Chưa cập nhật được kết quả tìm kiếm.">
            <Button size="large" variant="secondary" fullWidth onClick={retry}>
              Thử lại
            </Button>
          </Notice>
        ) : null}
        <ul className="procedure-list" aria-label="Danh sách thủ tục">
          {shown.map((procedure) => (
            <ProcedureItem key={procedure.code} procedure={procedure} />
          ))}
        </ul>
      </>
    );
  }

  return (
    <Page className="page">
      <AppHeader title="Hướng dẫn thủ tục" />
      <div className="page__content">
        <div className="card">
          <TextField
            id="procedure-search"
            label="Tìm thủ tục"
            placeholder="Ví dụ: đất đai, khai sinh"
            helperText="Gõ có dấu hoặc không dấu đều được."
            value={query}
            enterKeyHint="search"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {list}
      </div>
    </Page>
  );
}
