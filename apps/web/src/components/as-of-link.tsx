import { Link, NavLink, type LinkProps, type NavLinkProps } from "react-router";
import { useAsOf, withStand } from "./as-of";

/**
 * A link to another page of the dashboard that keeps the date being shown (`?stand=`). Use the
 * router's Link for pages that always show today (sign-in, updates, administration).
 */
export function AsOfLink({ to, ...props }: Omit<LinkProps, "to"> & { to: string }) {
  return <Link to={withStand(to, useAsOf())} {...props} />;
}

export function AsOfNavLink({ to, ...props }: Omit<NavLinkProps, "to"> & { to: string }) {
  return <NavLink to={withStand(to, useAsOf())} {...props} />;
}
