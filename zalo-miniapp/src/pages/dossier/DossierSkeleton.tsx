// The dossier page while its first answer is on the way.
import { Loading, SkeletonBlock } from "../../components/StateViews";

export function DossierSkeleton() {
  return (
    <Loading label="Đang tải thông tin hồ sơ">
      <div className="card">
        <SkeletonBlock height={18} width="40%" />
        <SkeletonBlock height={24} width="75%" />
        <SkeletonBlock height={36} width="60%" />
        <SkeletonBlock height={18} />
        <SkeletonBlock height={18} width="85%" />
      </div>
      <div className="card">
        <SkeletonBlock height={18} width="50%" />
        <SkeletonBlock height={28} width="70%" />
      </div>
      <div className="card">
        <SkeletonBlock height={18} />
        <SkeletonBlock height={18} />
        <SkeletonBlock height={18} width="60%" />
      </div>
    </Loading>
  );
}
