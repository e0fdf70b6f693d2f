"use client";
import { useEffect } from "react";

/** Scrolls the article box (not the page) so the highlighted words are in view. */
export function ScrollIntoView({ targetId }: { targetId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    const box = target?.parentElement;
    if (!target || !box) return;
    box.scrollTop = Math.max(0, target.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, [targetId]);
  return null;
}
